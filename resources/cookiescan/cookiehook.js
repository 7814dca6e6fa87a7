// SPDX-License-Identifier: GPL-3.0-or-later
// Kapsel's live cookie scan: runs in every frame before the page's own scripts (Page.addScriptToEvaluateOnNewDocument)
// and reports each document.cookie write (the cookie's name, its Domain attribute, the frame's URL and the
// writer's stack, never the value) through the binding the scanner added (Runtime.addBinding), so that a
// cookie set by script is attributed to the script that set it.
(function () {
    'use strict';
    const report = globalThis.__kapselCookieWrite;
    const original = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (typeof report !== 'function' || !original || !original.set)
        return;
    Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        enumerable: original.enumerable,
        get() {
            return original.get.call(this);
        },
        set(value) {
            try {
                const text = String(value);
                const parts = text.split(';');
                const name = parts[0].split('=')[0].trim();
                let domain = '';
                for (const attribute of parts.slice(1)) {
                    const [key, ...rest] = attribute.split('=');
                    if (key.trim().toLowerCase() === 'domain')
                        domain = rest.join('=').trim();
                }
                report(JSON.stringify({ name, domain, frame: String(location.href), stack: String(new Error().stack || '') }));
            } catch (e) {
                // never break the page's own write
            }
            return original.set.call(this, value);
        },
    });
})();
