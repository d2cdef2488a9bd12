// Bulk Import page: starts an import through the API and opens its page; shows field errors next to the fields.
(function () {
  'use strict';
  const { api, show } = window.QboBridge;
  const form = document.getElementById('import-form');
  if (!form) return;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelectorAll('.field-error').forEach((node) => show(node, ''));
    show(document.getElementById('import-error'), '');
    const value = (id) => document.getElementById(id).value.trim() || null;
    const body = {
      connectionId: value('import-connection'),
      dateField: value('import-date-field'),
      from: value('import-from'),
      to: value('import-to')
    };
    const button = document.getElementById('start-import');
    button.disabled = true;
    try {
      const created = await api('POST', '/api/imports', body);
      window.location.assign('/imports/' + created.importId);
    } catch (error) {
      (error.problem.errors || []).forEach((fieldError) => {
        const node = form.querySelector('.field-error[data-field="' + fieldError.field + '"]');
        show(node, fieldError.message);
      });
      show(document.getElementById('import-error'), error.message);
      if (error.problem.runningImportId) {
        const link = document.createElement('a');
        link.id = 'running-import-link';
        link.href = '/imports/' + error.problem.runningImportId;
        link.textContent = ' Open the running import.';
        document.getElementById('import-error').append(link);
      }
      button.disabled = false;
    }
  });
})();
