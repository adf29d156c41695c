/*
 * Share dialog for portals: <script src="https://<app>/embed.js"></script>, then
 *   const outcome = await ShareDialog.open({ target: '/Reports/Q3 Report.xlsx', theme: 'dark', locale: 'de' });
 * shows the dialog in a frame over the page and resolves with {status:'shared', item, recipients}
 * or {status:'cancelled'}; with { targets: [...] } (1-100 items) {status:'shared', items} instead.
 * It rejects (error.code) when the options are wrong or the flow fails. README "Embedding in a
 * portal" documents the options and the protocol (src/features/embed/protocol.ts is the frame's side).
 * Plain ES2020, no dependencies: portals load it as is. Everything the frame sends is checked
 * here: it must come from our frame, from the app's exact origin, on our channel, in a known shape.
 */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) throw new Error('ShareDialog: load embed.js with a <script src> tag.');
  const APP = new URL(script.src).origin;
  const VERSION = 1;
  const MAX_TARGETS = 100;
  const ID = /^[A-Za-z0-9_-]{1,64}$/;
  let active = null;

  const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const text = (value, max) => typeof value === 'string' && value.length <= max;
  const only = (value, keys) => Object.keys(value).every((key) => keys.includes(key));
  const RECIPIENT_STATUSES = ['granted', 'not-notified', 'failed'];
  const recipientOf = (statuses) => (r) =>
    isObject(r) &&
    only(r, ['recipient', 'email', 'status', 'role']) &&
    text(r.recipient, 512) &&
    (r.email === undefined || text(r.email, 512)) &&
    statuses.includes(r.status) &&
    ['read', 'write'].includes(r.role);
  const recipient = recipientOf(RECIPIENT_STATUSES);
  const itemRecipient = recipientOf([...RECIPIENT_STATUSES, 'not-sent']);
  const driveItem = (i) => isObject(i) && only(i, ['id', 'name', 'driveId']) && text(i.id, 512) && text(i.name, 512) && text(i.driveId, 512);
  const sharedItem = (e) =>
    isObject(e) &&
    only(e, ['target', 'item', 'status', 'code', 'recipients']) &&
    text(e.target, 4096) &&
    (e.item === undefined || driveItem(e.item)) &&
    ['shared', 'partial', 'failed', 'not-sent', 'unshareable', 'unresolved'].includes(e.status) &&
    (e.code === undefined || text(e.code, 128)) &&
    Array.isArray(e.recipients) &&
    e.recipients.length <= 500 &&
    e.recipients.every(itemRecipient);
  const copyItem = (e) => ({
    target: e.target,
    ...(e.item ? { item: { ...e.item } } : {}),
    status: e.status,
    ...(e.code !== undefined ? { code: e.code } : {}),
    recipients: e.recipients.map((r) => ({ ...r })),
  });
  const shapes = {
    resize: (m) => only(m, ['type', 'version', 'height']) && Number.isInteger(m.height) && m.height >= 0 && m.height <= 100000,
    cancelled: (m) => only(m, ['type', 'version']),
    error: (m) => only(m, ['type', 'version', 'code', 'message']) && text(m.code, 128) && text(m.message, 2000),
    'token-request': (m) =>
      only(m, ['type', 'version', 'id', 'scopes', 'forceRefresh']) &&
      (m.forceRefresh === undefined || typeof m.forceRefresh === 'boolean') &&
      text(m.id, 64) &&
      ID.test(m.id) &&
      Array.isArray(m.scopes) &&
      m.scopes.length >= 1 &&
      m.scopes.length <= 50 &&
      m.scopes.every((scope) => text(scope, 256)),
    // One item for `target`, a list for `targets`: only the shape the portal asked for (checked where it arrives).
    shared: (m) =>
      m.items === undefined
        ? only(m, ['type', 'version', 'item', 'recipients']) &&
          driveItem(m.item) &&
          Array.isArray(m.recipients) &&
          m.recipients.length <= 500 &&
          m.recipients.every(recipient)
        : only(m, ['type', 'version', 'items']) && Array.isArray(m.items) && m.items.length >= 1 && m.items.length <= MAX_TARGETS && m.items.every(sharedItem),
  };
  /** A message from the frame, checked before anything acts on it. */
  const valid = (m) => isObject(m) && m.version === VERSION && Object.prototype.hasOwnProperty.call(shapes, m.type) && shapes[m.type](m);
  // Only the message's type, never its values: whatever arrives may carry a token or the user's text.
  const describe = (data) => (isObject(data) && typeof data.type === 'string' && /^[a-z-]{1,32}$/.test(data.type) ? `type "${data.type}"` : 'no known type');
  const ignore = (why, data) => console.warn(`ShareDialog: ignored a message (${why}; ${describe(data)}).`);

  const optionError = (code, message) => Object.assign(new TypeError(message), { code });
  const isTarget = (value) => typeof value === 'string' && value.trim() !== '' && value.length <= 4096;

  /** Why `options` cannot open a dialog (a TypeError with `code`), or null. */
  function refuse(options) {
    if (!isObject(options)) return optionError('noTarget', 'ShareDialog.open needs { target } or { targets }.');
    const { target, targets } = options;
    if (target !== undefined && targets !== undefined) return optionError('targetAndTargets', 'ShareDialog.open takes { target } or { targets }, not both.');
    if (targets === undefined) return isTarget(target) ? null : optionError('noTarget', 'ShareDialog.open needs { target } or { targets }.');
    if (!Array.isArray(targets) || targets.length === 0) return optionError('noTargets', 'ShareDialog.open needs { targets } to list 1 to 100 items.');
    if (targets.length > MAX_TARGETS) return optionError('tooManyTargets', `ShareDialog.open shares at most ${MAX_TARGETS} items at once.`);
    const bad = targets.findIndex((value) => !isTarget(value));
    return bad === -1 ? null : optionError('invalidTarget', `ShareDialog.open: targets[${bad}] is not a target (a non-empty string).`);
  }

  function open(options) {
    const refused = refuse(options);
    if (refused) return Promise.reject(refused);
    if (active) return Promise.reject(new Error('A share dialog is already open.'));
    const many = options.targets !== undefined;
    const targets = many ? [...options.targets] : null;
    const { target, theme, locale, role, sendInvitation, requireSignIn, message, getToken, onResize } = options;
    const channelId = crypto.randomUUID().replace(/-/g, '');
    const url = new URL('/embed', APP);
    url.searchParams.set('origin', window.location.origin);
    url.searchParams.set('channelId', channelId);

    const overlay = document.createElement('div');
    overlay.setAttribute('data-share-dialog', '');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;';
    const frame = document.createElement('iframe');
    frame.title = typeof options.title === 'string' ? options.title : 'Share';
    frame.src = url.href;
    // A differing color-scheme would make the browser paint the frame opaque (CSS Color Adjust);
    // without a theme the frame follows the browser, and so does 'light dark'.
    const scheme = theme === undefined ? 'light dark' : theme === 'light' ? 'light' : 'dark';
    frame.style.cssText = `border:0;width:100%;height:100%;background:transparent;color-scheme:${scheme};`;
    overlay.append(frame);

    // The page behind is inert while the dialog is open; focus comes back where it was.
    const returnFocus = document.activeElement;
    const madeInert = [...document.body.children].filter((element) => !element.inert);
    for (const element of madeInert) element.inert = true;
    document.body.append(overlay);
    // Focus moves into the frame; again once it has loaded, since focusing an empty frame does not stick.
    frame.focus();
    frame.addEventListener('load', () => frame.focus(), { once: true });

    return new Promise((resolve, reject) => {
      let port = null;
      const timer = setTimeout(
        () => end(reject, Object.assign(new Error('The share dialog did not start.'), { code: 'initializeTimeout' })),
        options.timeoutMs ?? 20000,
      );

      function end(settle, value) {
        clearTimeout(timer);
        window.removeEventListener('message', onWindowMessage);
        document.removeEventListener('keydown', onKeyDown, true);
        if (port) port.close();
        overlay.remove();
        for (const element of madeInert) element.inert = false;
        if (returnFocus && typeof returnFocus.focus === 'function') returnFocus.focus();
        active = null;
        settle(value);
      }

      function reply(message) {
        if (port) port.postMessage({ ...message, version: VERSION });
      }

      function answerToken(request) {
        if (typeof getToken !== 'function') {
          return reply({ type: 'token-error', id: request.id, code: 'unsupportedCommand', message: 'This portal does not supply tokens.' });
        }
        Promise.resolve()
          // forceRefresh: Graph refused the last token for these scopes; the portal must not reuse it.
          .then(() => getToken({ scopes: [...request.scopes], forceRefresh: request.forceRefresh === true }))
          .then((token) => {
            const value = typeof token === 'string' ? { accessToken: token } : token;
            if (!isObject(value) || typeof value.accessToken !== 'string') throw new Error('getToken returned no accessToken.');
            reply({
              type: 'token',
              id: request.id,
              accessToken: value.accessToken,
              ...(Number.isInteger(value.expiresOn) ? { expiresOn: value.expiresOn } : {}),
            });
          })
          .catch((error) =>
            reply({
              type: 'token-error',
              id: request.id,
              code: text(error && error.code, 128) ? error.code : 'unableToObtainToken',
              message: String((error && error.message) || error).slice(0, 2000),
            }),
          );
      }

      function onPortMessage(event) {
        const m = event.data;
        if (!valid(m)) return ignore('malformed', m);
        if (m.type === 'resize') {
          frame.dataset.contentHeight = String(m.height);
          if (typeof onResize === 'function') onResize(m.height);
        } else if (m.type === 'token-request') answerToken(m);
        else if (m.type === 'shared' && many !== (m.items !== undefined)) ignore('not the shape asked for', m);
        else if (m.type === 'shared' && many) end(resolve, { status: 'shared', items: m.items.map(copyItem) });
        else if (m.type === 'shared') end(resolve, { status: 'shared', item: { ...m.item }, recipients: m.recipients.map((r) => ({ ...r })) });
        else if (m.type === 'cancelled') end(resolve, { status: 'cancelled' });
        else end(reject, Object.assign(new Error(m.message), { code: m.code }));
      }

      function onWindowMessage(event) {
        // Only our own frame, from the app's exact origin; anything else is not for us at all.
        if (event.source !== frame.contentWindow || event.origin !== APP) return;
        const m = event.data;
        if (port || !isObject(m) || m.type !== 'initialize' || m.version !== VERSION || m.channelId !== channelId || !event.ports[0]) {
          return ignore('not the expected initialize', m);
        }
        clearTimeout(timer);
        port = event.ports[0];
        port.onmessage = onPortMessage;
        const defaults = Object.fromEntries(Object.entries({ role, sendInvitation, requireSignIn, message }).filter(([, value]) => value !== undefined));
        reply({
          type: 'init',
          ...(many ? { targets } : { target }),
          ...(theme ? { theme } : {}),
          ...(locale ? { locale } : {}),
          ...(Object.keys(defaults).length > 0 ? { defaults } : {}),
          suppliesTokens: typeof getToken === 'function',
        });
      }

      // Escape on the portal's side (focus never reached the frame) closes too; inside the frame the dialog handles it.
      function onKeyDown(event) {
        if (event.key === 'Escape') end(resolve, { status: 'cancelled' });
      }

      window.addEventListener('message', onWindowMessage);
      document.addEventListener('keydown', onKeyDown, true);
      active = { close: () => end(resolve, { status: 'cancelled' }) };
    });
  }

  window.ShareDialog = Object.freeze({ open, version: VERSION });
})();
