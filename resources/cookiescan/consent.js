// SPDX-License-Identifier: GPL-3.0-or-later
// Kapsel's live cookie scan: finds (and clicks) a consent banner's accept-all or reject-all button in the frame it
// runs in. Evaluated by models/cookiescan/consentrules.cpp in every frame's execution context, as
//   (this function)(rules, kind, userSelector, click)
// rules = { platforms: [{ name, accept: [css], reject: [css] }], words: { accept: [text], reject: [text] } }.
// Order: the user's selector, then the platforms' known buttons, then visible text. Open shadow roots are
// searched; only visible, enabled elements count. Returns { found, tier, rule, text, tcf }.
(function (rules, kind, userSelector, click) {
    'use strict';
    const normalise = (s) => String(s || '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.!:…]+$/, '').trim();

    const roots = [];
    (function collect(root) {
        roots.push(root);
        for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot)
                collect(el.shadowRoot);
        }
    })(document);

    function query(selector) {
        const out = [];
        for (const root of roots) {
            try {
                out.push(...root.querySelectorAll(selector));
            } catch (e) {
                return []; // not a valid selector
            }
        }
        return out;
    }

    function parentOf(el) {
        if (el.parentElement)
            return el.parentElement;
        const root = el.getRootNode && el.getRootNode();
        return root && root.host ? root.host : null;
    }

    function usable(el) {
        if (el.disabled || el.getAttribute('aria-disabled') === 'true' || el.hidden)
            return false;
        const box = el.getBoundingClientRect();
        if (box.width <= 0 || box.height <= 0)
            return false;
        for (let e = el; e; e = parentOf(e)) {
            const style = getComputedStyle(e);
            if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse'
                || Number(style.opacity) === 0)
                return false;
        }
        return true;
    }

    const label = (el) => String(el.innerText || el.value || el.getAttribute('aria-label') || el.textContent || '')
        .replace(/\s+/g, ' ').trim().slice(0, 200);

    let found = null;
    if (userSelector) {
        const el = query(userSelector).find(usable);
        if (el)
            found = { tier: 0, rule: 'selector', el };
    }
    for (const platform of rules.platforms) {
        if (found)
            break;
        for (const selector of platform[kind] || []) {
            const el = query(selector).find(usable);
            if (el) {
                found = { tier: 1, rule: platform.name, el };
                break;
            }
        }
    }
    if (!found) {
        const words = new Set(rules.words[kind] || []);
        const candidates = query('button, a, [role="button"], input[type="button"], input[type="submit"]');
        const el = candidates.find((c) => (words.has(normalise(label(c))) || words.has(normalise(c.getAttribute('aria-label'))))
                                        && usable(c));
        if (el)
            found = { tier: 2, rule: 'text', el };
    }
    const tcf = typeof window.__tcfapi === 'function';
    if (!found)
        return { found: false, tcf };
    const text = label(found.el);
    if (click)
        found.el.click();
    return { found: true, tier: found.tier, rule: found.rule, text, tcf };
})
