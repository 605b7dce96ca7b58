/*
 * Small, documented workarounds for accessibility faults inside Vaadin components' own DOM, which the Java API cannot
 * reach (docs/adr/010-accessibility-testing.md). Each one watches the page and mends the elements as they appear;
 * remove a workaround when the component is fixed upstream (the axe journey in the test suite must still pass).
 */
(() => {
  // Tabs: the scroll container in vaadin-tabs' shadow DOM carries tabindex="-1", so axe and screen readers find a
  // focusable non-tab inside role=tablist (aria-required-children). The tabs themselves are focusable, so the
  // browser does not make the container a Tab stop without the attribute either.
  const mendTabs = (tabs) => {
    const apply = () => {
      const scroll = tabs.shadowRoot && tabs.shadowRoot.querySelector('#scroll[tabindex]');
      if (scroll) {
        scroll.removeAttribute('tabindex');
      }
    };
    apply();
    Promise.resolve(tabs.updateComplete).then(apply);
    requestAnimationFrame(apply);
  };

  // Dialogs: Escape closes them, but focus fell to <body>; it goes back to what had focus when the dialog opened
  // (WCAG 2.4.3). The dialog is opened by the server, after the click, so the opener still has focus then.
  const deepActive = () => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active;
  };
  const openers = new WeakMap();
  let lastFocused = null;
  document.addEventListener('focusin', () => { lastFocused = deepActive(); }, true);
  // The dialog element itself was a Tab stop without a visible focus; it stays focusable for the dialog's own focus
  // handling, but Tab goes straight to its first field.
  const mendDialog = (dialog) => {
    if (dialog.getAttribute('tabindex') === '0') {
      dialog.setAttribute('tabindex', '-1');
    }
  };
  const dialogChanged = (dialog) => {
    mendDialog(dialog);
    if (dialog.opened) {
      requestAnimationFrame(() => mendDialog(dialog));
      if (!openers.has(dialog) && lastFocused && !dialog.contains(lastFocused)) {
        openers.set(dialog, lastFocused);
      }
      return;
    }
    const opener = openers.get(dialog);
    openers.delete(dialog);
    setTimeout(() => {
      const active = deepActive();
      const lost = !active || active === document.body || dialog.contains(active);
      if (opener && opener.isConnected && lost) {
        opener.focus({ focusVisible: true });
      }
    });
  };

  // A menu bar with a single top item is a menu button: role=menubar would require that the open submenu (role=menu,
  // rendered inside it) be a menu item (aria-required-children). As a button with a popup menu it is what it does.
  const mendMenuButton = (menuBar) => {
    if (!menuBar.hasAttribute('has-single-button')) {
      return;
    }
    if (menuBar.getAttribute('role') !== 'none') {
      menuBar.setAttribute('role', 'none');
    }
    menuBar.querySelectorAll(':scope > vaadin-menu-bar-button[role="menuitem"]')
        .forEach(button => button.setAttribute('role', 'button'));
  };

  const mend = (root) => {
    // Grid sorters: Flow's grid connector names them "Sort by <header>" in English whatever the UI language. Their
    // header text alone is the right name; the sort order is announced from aria-sort on the header cell.
    root.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(s => s.removeAttribute('aria-label'));
    // Menu bar items inherit aria-selected from the list box they are built on; menu items do not support it.
    root.querySelectorAll('vaadin-menu-bar-item[aria-selected]').forEach(item => item.removeAttribute('aria-selected'));
    root.querySelectorAll('vaadin-tabs').forEach(mendTabs);
    root.querySelectorAll('vaadin-menu-bar').forEach(mendMenuButton);
    if (root.localName === 'vaadin-menu-bar') {
      mendMenuButton(root);
    }
    // Date-time pickers are role=group, which does not take aria-required; their date and time fields carry it.
    root.querySelectorAll('vaadin-date-time-picker[aria-required]').forEach(p => p.removeAttribute('aria-required'));
  };

  const start = () => {
    mend(document);
    new MutationObserver(mutations => {
      const roots = new Set();
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' && /^vaadin-(confirm-)?dialog$/i.test(mutation.target.localName)) {
          if (mutation.attributeName === 'opened') {
            dialogChanged(mutation.target);
          } else if (mutation.attributeName === 'tabindex') {
            mendDialog(mutation.target);
          }
          continue;
        }
        const node = mutation.type === 'attributes' ? mutation.target : mutation.target;
        roots.add(node.nodeType === 1 ? (node.parentElement || node) : document);
      }
      roots.forEach(root => mend(root.closest && root.closest('vaadin-menu-bar') || root));
    }).observe(document.documentElement, {
      subtree: true, childList: true, attributes: true,
      attributeFilter: ['aria-label', 'aria-selected', 'aria-expanded', 'aria-required', 'role', 'has-single-button',
        'opened', 'tabindex']
    });
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
