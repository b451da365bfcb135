/** Injection token of the bearer token Prometheus scrapes with (undefined: admins only). */
export const METRICS_TOKEN = Symbol('METRICS_TOKEN');
