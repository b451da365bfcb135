/**
 * SVG flags (flag-icons, MIT) of the countries the platform mostly works with: the frequent
 * partners offered first and the countries of the demo agreements. An emoji flag needs an
 * emoji font, which Debian's Chromium (CI) and many office machines lack, and then shows an
 * empty box. Other countries show their code in a flag-sized box: bundling all 271 flags
 * would add megabytes for countries rarely named. Add a country here when it becomes common.
 */
import be from 'flag-icons/flags/4x3/be.svg?url';
import cn from 'flag-icons/flags/4x3/cn.svg?url';
import gb from 'flag-icons/flags/4x3/gb.svg?url';
import jp from 'flag-icons/flags/4x3/jp.svg?url';
import kh from 'flag-icons/flags/4x3/kh.svg?url';
import kr from 'flag-icons/flags/4x3/kr.svg?url';
import kz from 'flag-icons/flags/4x3/kz.svg?url';
import la from 'flag-icons/flags/4x3/la.svg?url';
import ru from 'flag-icons/flags/4x3/ru.svg?url';
import th from 'flag-icons/flags/4x3/th.svg?url';
import us from 'flag-icons/flags/4x3/us.svg?url';
import vn from 'flag-icons/flags/4x3/vn.svg?url';

export const FLAG_URLS: Readonly<Record<string, string>> = {
  BE: be,
  CN: cn,
  GB: gb,
  JP: jp,
  KH: kh,
  KR: kr,
  KZ: kz,
  LA: la,
  RU: ru,
  TH: th,
  US: us,
  VN: vn,
};
