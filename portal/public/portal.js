// The demo portal's page script: what a portal writes to use the share dialog (see README).
(() => {
  'use strict';
  const value = (id) => document.getElementById(id).value || undefined;
  const summary = document.getElementById('outcome-summary');
  const details = document.getElementById('outcome');

  function show(outcome) {
    details.textContent = JSON.stringify(outcome, null, 2);
    details.dataset.status = outcome.status;
    if (outcome.status === 'shared' && outcome.items) {
      const lines = outcome.items.map((entry) => `${entry.item ? entry.item.name : entry.target}: ${entry.status}${entry.code ? ` (${entry.code})` : ''}`);
      summary.textContent = `Outcome for ${outcome.items.length} items: ${lines.join('; ')}.`;
    } else if (outcome.status === 'shared') {
      const people = outcome.recipients.map((r) => `${r.email || r.recipient} (${r.status}, ${r.role})`).join(', ');
      summary.textContent = `Shared ${outcome.item.name} with ${people}.`;
    } else if (outcome.status === 'cancelled') {
      summary.textContent = 'Sharing was cancelled.';
    } else {
      summary.textContent = `Sharing failed: ${outcome.message} (${outcome.code}).`;
    }
  }

  // One document per button (`target`), or several in one dialog (`targets`, the "Share 3 items" button).
  for (const button of document.querySelectorAll('button[data-target], button[data-targets]')) {
    button.addEventListener('click', async () => {
      try {
        const outcome = await window.ShareDialog.open({
          ...(button.dataset.targets ? { targets: JSON.parse(button.dataset.targets) } : { target: button.dataset.target }),
          theme: value('theme'),
          locale: value('locale'),
          role: value('role'),
          title: button.textContent,
        });
        show(outcome);
      } catch (error) {
        show({ status: 'error', code: error.code || 'unknown', message: error.message });
      }
    });
  }
})();
