// Runs the official @coze/api (and raw fetch/axios) against the Coze sandbox and the fault servers,
// and prints one JSON line per text: {id, kind, source, text}. The kind is what the scenario did
// (the fault armed, the setting made wrong), never what a classifier says.
// Usage: node node-sdk.mjs  (env: CORPUS_SANDBOX_CMD, CORPUS_PORTS, CORPUS_SCRATCH)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { inspect } from 'node:util';
import crypto from 'node:crypto';
import axios from 'axios';
import * as coze from '@coze/api';

const ports = JSON.parse(process.env.CORPUS_PORTS);
const scratch = process.env.CORPUS_SCRATCH || process.cwd();
const out = (id, kind, source, text) => {
  // No machine paths in the corpus: the scratch folder becomes a neutral project folder.
  const clean = text.split(scratch).join('/home/dev/my-app').replace(/\x1b\[[0-9;]*m/g, '');
  process.stdout.write(JSON.stringify({ id, kind, source, text: clean }) + '\n');
};

const sandbox = spawn('sh', ['-c', process.env.CORPUS_SANDBOX_CMD], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: sandbox.stdout });
const waiting = [];
lines.on('line', (line) => waiting.shift()?.(line));
const next = () => new Promise((resolve) => waiting.push(resolve));
const command = async (c) => { const ok = next(); sandbox.stdin.write(c + '\n'); await ok; };
const creds = JSON.parse(await next());
const base = creds.baseUrl;

/** Every printed form of one thrown error. */
function renderings(err) {
  const forms = [
    ['console.error', inspect(err, { depth: 4, colors: false })],
    ['String(err)', String(err)],
  ];
  if (err && err.stack) {
    forms.push(['browser console', 'Uncaught (in promise) ' + err.stack.split('\n').map((l) => l.replace(/\(\/.*?([^/]+\.m?js)/, '(webpack-internal:///./src/$1')).join('\n')]);
  }
  return forms;
}

async function scenario(id, kind, run, options = {}) {
  try {
    await run();
    process.stderr.write(`scenario ${id} did not fail\n`);
  } catch (err) {
    for (const [form, text] of renderings(err)) {
      if (options.forms && !options.forms.includes(form)) continue;
      out(`node-${id}-${form.replace(/\W+/g, '')}`, kind, `@coze/api ${coze.VERSION ?? ''} ${form}`.replace('  ', ' '), text);
    }
  }
}

const deviceCode = async (workspaceId) => coze.getDeviceCode({ baseURL: base, clientId: creds.deviceClientId, workspaceId });
const jwt = (over = {}) => coze.getJWTToken({ baseURL: base, appId: creds.jwtAppId, aud: creds.apiHost,
  keyid: creds.jwtKid, privateKey: creds.jwtPrivateKeyPem, ...over });
const otherKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  .export({ type: 'pkcs8', format: 'pem' });

// --- OAuth answers from the sandbox -------------------------------------------------------------
await scenario('web-code-wrong-secret', 'INVALID_CLIENT', () => coze.getWebOAuthToken({ baseURL: base,
  clientId: creds.webClientId, clientSecret: 'wrong-secret-0123456789', code: 'code_x', redirectUrl: creds.webRedirect }));
await scenario('web-code-unknown-client', 'INVALID_CLIENT', () => coze.getWebOAuthToken({ baseURL: base,
  clientId: '12345678901234567890123456789012.app.coze', clientSecret: creds.webClientSecret, code: 'code_x', redirectUrl: creds.webRedirect }));
await scenario('web-code-bad-code', 'AUTHORIZATION_CODE_INVALID', () => coze.getWebOAuthToken({ baseURL: base,
  clientId: creds.webClientId, clientSecret: creds.webClientSecret, code: 'code_used_twice', redirectUrl: creds.webRedirect }));
await scenario('pkce-code-bad-code', 'AUTHORIZATION_CODE_INVALID', () => coze.getPKCEOAuthToken({ baseURL: base,
  clientId: creds.pkceClientId, code: 'code_expired', redirectUrl: creds.pkceRedirect, codeVerifier: 'v'.repeat(50) }));
await scenario('pkce-with-device-client', 'APP_DISABLED_OR_WRONG_TYPE', () => coze.getPKCEOAuthToken({ baseURL: base,
  clientId: creds.deviceClientId, code: 'code_x', redirectUrl: creds.pkceRedirect, codeVerifier: 'v'.repeat(50) }));
await scenario('refresh-unknown', 'REFRESH_TOKEN_INVALID', () => coze.refreshOAuthToken({ baseURL: base,
  clientId: creds.pkceClientId, refreshToken: 'not-a-refresh-token' }));
await scenario('refresh-web-no-secret', 'APP_DISABLED_OR_WRONG_TYPE', () => coze.refreshOAuthToken({ baseURL: base,
  clientId: creds.webClientId, refreshToken: 'whatever' }));
await scenario('refresh-pkce-with-secret', 'APP_DISABLED_OR_WRONG_TYPE', () => coze.refreshOAuthToken({ baseURL: base,
  clientId: creds.pkceClientId, clientSecret: 'a-secret-on-a-pkce-app', refreshToken: 'whatever' }));

// device flow: a real device code, polled before the user decided, too fast, after denial, after expiry
const dc = await deviceCode();
await scenario('device-pending', 'DEVICE_POLLING', () => coze.getDeviceToken({ baseURL: base, clientId: creds.deviceClientId, deviceCode: dc.device_code }));
await scenario('device-slow-down', 'DEVICE_POLLING', () => coze.getDeviceToken({ baseURL: base, clientId: creds.deviceClientId, deviceCode: dc.device_code }));
await scenario('device-unknown-code', 'DEVICE_CODE_EXPIRED', () => coze.getDeviceToken({ baseURL: base, clientId: creds.deviceClientId, deviceCode: 'no-such-device-code' }));
await scenario('device-wrong-client', 'APP_DISABLED_OR_WRONG_TYPE', () => coze.getDeviceCode({ baseURL: base, clientId: creds.pkceClientId }));
await scenario('device-unknown-client', 'INVALID_CLIENT', () => coze.getDeviceCode({ baseURL: base, clientId: '99999999999999999999999999999999.app.coze' }));
const denied = await deviceCode('7350000000000000001');
await fetch(`${base}/device`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: `user_code=${encodeURIComponent(denied.user_code)}&decision=deny` });
await scenario('device-denied', 'CONSENT_DENIED', () => coze.getDeviceToken({ baseURL: base, clientId: creds.deviceClientId, deviceCode: denied.device_code }));
const approved = await deviceCode();
await fetch(`${base}/device`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: `user_code=${encodeURIComponent(approved.user_code)}&decision=approve` });
const tokens = await coze.getDeviceToken({ baseURL: base, clientId: creds.deviceClientId, deviceCode: approved.device_code });
const late = await deviceCode();
await command('advance 120');
await scenario('device-expired', 'DEVICE_CODE_EXPIRED', () => coze.getDeviceToken({ baseURL: base, clientId: creds.deviceClientId, deviceCode: late.device_code }));

// refresh: rotation, reuse, another client, expiry after 30 days
const rotated = await coze.refreshOAuthToken({ baseURL: base, clientId: creds.deviceClientId, refreshToken: tokens.refresh_token });
await scenario('refresh-reused', 'REFRESH_TOKEN_REUSED', () => coze.refreshOAuthToken({ baseURL: base, clientId: creds.deviceClientId, refreshToken: tokens.refresh_token }));
await scenario('refresh-other-client', 'REFRESH_TOKEN_INVALID', () => coze.refreshOAuthToken({ baseURL: base, clientId: creds.pkceClientId, refreshToken: rotated.refresh_token }));
await command('fault REUSED_REFRESH_TOKEN');
await scenario('refresh-reused-fault', 'REFRESH_TOKEN_REUSED', () => coze.refreshOAuthToken({ baseURL: base, clientId: creds.deviceClientId, refreshToken: rotated.refresh_token }));
await command('clear');
const api = new coze.CozeAPI({ baseURL: base, token: rotated.access_token });
await command('advance 3600');
await scenario('me-expired-401', 'ACCESS_TOKEN_EXPIRED', () => api.users.me());
await command('invalid CODE_4100_HTTP_200');
await scenario('me-expired-4100-200', 'ACCESS_TOKEN_EXPIRED', () => api.users.me());
await command('invalid CODE_700012006_HTTP_200');
await scenario('me-expired-700012006', 'ACCESS_TOKEN_EXPIRED', () => api.users.me());
await command('advance 2678400');
await scenario('refresh-expired', 'REFRESH_TOKEN_EXPIRED', () => coze.refreshOAuthToken({ baseURL: base, clientId: creds.deviceClientId, refreshToken: rotated.refresh_token }));

// JWT service app: every claim wrong once
await scenario('jwt-wrong-kid', 'REGION_MISMATCH', () => jwt({ keyid: 'not-a-registered-kid' }));
await scenario('jwt-wrong-app-id', 'JWT_REJECTED', () => jwt({ appId: '1111111111' }));
await scenario('jwt-wrong-aud', 'JWT_REJECTED', () => jwt({ aud: 'api.coze.com' }));
await scenario('jwt-other-key', 'JWT_REJECTED', () => jwt({ privateKey: otherKey }));
await scenario('jwt-key-not-pem', 'JWT_REJECTED', () => jwt({ privateKey: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' }));
await scenario('jwt-key-garbled', 'JWT_REJECTED', () => jwt({ privateKey: '-----BEGIN PRIVATE KEY-----\nnot really a key\n-----END PRIVATE KEY-----' }));
await scenario('jwt-account-wrong-kid', 'REGION_MISMATCH', () => jwt({ keyid: 'kid-from-coze-com', accountId: '7340000000000000042' }));
await command('fault REGION_MISMATCH');
await scenario('jwt-region-fault', 'REGION_MISMATCH', () => jwt());
await command('clear');
await command('advance -3600');

// faults on the JSON endpoints
const faultScenarios = [
  ['HTTP_500', 'SERVER_ERROR'], ['HTTP_503', 'SERVER_ERROR'], ['HTTP_429', 'RATE_LIMITED'],
  ['DROP_CONNECTION', 'CONNECTION_FAILURE'], ['HTML_ERROR_PAGE', 'SERVER_ERROR'], ['MALFORMED_JSON', 'SERVER_ERROR'],
];
for (const [fault, kind] of faultScenarios) {
  await command(`fault ${fault}`);
  await scenario(`fault-${fault}-device`, kind, () => deviceCode());
  await scenario(`fault-${fault}-jwt`, kind, () => jwt(), { forms: ['console.error'] });
  await scenario(`fault-${fault}-refresh`, kind, () => coze.refreshOAuthToken({ baseURL: base, clientId: creds.deviceClientId, refreshToken: 'x' }), { forms: ['String(err)'] });
  await command('clear');
}
await command('delay 3000');
await scenario('fault-delay-timeout', 'TIMEOUT', () => coze.getDeviceCode({ baseURL: base, clientId: creds.deviceClientId }, { timeout: 500 }));
await scenario('fault-delay-timeout-jwt', 'TIMEOUT', () => jwt({}), { forms: [] });
await command('clear');

// business answers (Coze's {code, msg, detail}) through the SDK's API client
for (const [code, kind] of [[4000, 'PARAMETER_ERROR'], [4200, 'RESOURCE_NOT_FOUND'], [5000, 'SERVER_ERROR'],
  [700012014, 'RISK_CONTROL'], [4101, 'PERMISSION_MISSING'], [4102, 'RISK_CONTROL'], [4100, 'ACCESS_TOKEN_EXPIRED']]) {
  const client = new coze.CozeAPI({ baseURL: `http://127.0.0.1:${ports.business}/c${code}`, token: 'czu_' + 'x'.repeat(40) });
  await scenario(`business-${code}-bots`, kind, () => client.bots.retrieve({ bot_id: '7351234567890123456' }));
  await scenario(`business-${code}-me`, kind, () => client.users.me(), { forms: ['console.error'] });
}

// SDK argument errors
// With no client id the body has none: Coze (and the sandbox) answer "invalid client: client_id".
await scenario('sdk-no-client-id', 'INVALID_CLIENT', () => coze.getDeviceCode({ baseURL: base, clientId: undefined }));
globalThis.window = { document: {} };
await scenario('browser-jwt', 'APP_DISABLED_OR_WRONG_TYPE', () => jwt());
await scenario('browser-device', 'APP_DISABLED_OR_WRONG_TYPE', () => deviceCode());
await scenario('browser-pat', 'APP_DISABLED_OR_WRONG_TYPE', async () => new coze.CozeAPI({ baseURL: base, token: 'pat_' + 'y'.repeat(40) }).users.me());
delete globalThis.window;
await scenario('sdk-undefined-token', 'NO_REFRESH_TOKEN', async () => { const stored = JSON.parse('{}'); return coze.refreshOAuthToken({ baseURL: base, clientId: creds.pkceClientId, refreshToken: stored.tokens.refresh_token }); });
// Reading a token field of nothing: no token was stored, only a new sign-in helps.
await scenario('sdk-undefined-access', 'NO_REFRESH_TOKEN', async () => { const saved = undefined; return new coze.CozeAPI({ baseURL: base, token: saved.access_token }); });

// --- real network failures through the SDK, node fetch and axios ---------------------------------
const targets = [
  ['closed-port', 'CONNECTION_FAILURE', `http://127.0.0.1:${ports.closed}`],
  ['invalid-host', 'DNS_FAILURE', 'https://api.coze.invalid'],
  ['self-signed', 'TLS_FAILURE', `https://127.0.0.1:${ports.tls}`],
  ['blackhole', 'TIMEOUT', `http://127.0.0.1:${ports.blackhole}`],
];
for (const [name, kind, url] of targets) {
  await scenario(`net-${name}-sdk-device`, kind, () => coze.getDeviceCode({ baseURL: url, clientId: creds.deviceClientId }, { timeout: 1500 }));
  await scenario(`net-${name}-sdk-refresh`, kind, () => coze.refreshOAuthToken({ baseURL: url, clientId: creds.pkceClientId, refreshToken: 'x' }, { timeout: 1500 }), { forms: ['String(err)'] });
  await scenario(`net-${name}-fetch`, kind, () => fetch(url + '/api/permission/oauth2/token', { method: 'POST', signal: AbortSignal.timeout(1500) }));
  await scenario(`net-${name}-axios`, kind, () => axios.post(url + '/api/permission/oauth2/token', {}, { timeout: 1500 }), { forms: ['String(err)', 'browser console'] });
  await scenario(`net-${name}-axios-inspect`, kind, () => axios.post(url + '/api/permission/oauth2/token', {}, { timeout: 1500 }).catch((e) => { throw Object.assign(new Error(e.message), { name: e.name, code: e.code, stack: e.stack }); }), { forms: ['console.error'] });
}
for (const [name, port] of [['proxy407', ports.proxy407], ['proxy403', ports.proxy403]]) {
  const proxy = { protocol: 'http', host: '127.0.0.1', port };
  await scenario(`net-${name}-axios`, 'PROXY_FAILURE', () => axios.post('http://api.coze.cn/api/permission/oauth2/token', {}, { proxy, timeout: 1500 }), { forms: ['String(err)', 'browser console'] });
  await scenario(`net-${name}-sdk`, 'PROXY_FAILURE', () => coze.getDeviceCode({ baseURL: 'http://api.coze.cn', clientId: creds.deviceClientId }, { proxy, timeout: 1500 }));
}

sandbox.stdin.end();
sandbox.kill();
