// The HTTP API, for the setup a browser test needs and the UI does not offer.

export function apiClient(baseUrl) {
  /** Calls the API as the holder of `token` (or anonymously); throws on a non-2xx answer. */
  async function call(token, method, path, body, headers = {}) {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  /** Signs a demo user in and returns their bearer token. */
  async function tokenOf(email) {
    const session = await call(null, 'POST', '/api/auth/login', {
      email,
      password: 'concordat-demo',
    });
    return session.accessToken;
  }

  /** Runs an agreement command with the agreement's version in If-Match; returns the new detail. */
  function command(token, agreement, action, body = {}) {
    return call(token, 'POST', `/api/agreements/${agreement.id}/${action}`, body, {
      'if-match': `"${agreement.version}"`,
    });
  }

  return { call, tokenOf, command };
}
