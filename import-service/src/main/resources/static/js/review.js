// Review and submit: fix and re-check drafts, create cases for the chosen ones, then follow each case's outcome.
(function () {
  'use strict';
  const { api, el, show, detailText } = window.QboBridge;
  const page = document.getElementById('review-page');
  if (!page) return;
  const importId = page.dataset.importId;
  const submitted = new Set([...document.querySelectorAll('[data-testid="review-draft"][data-status="APPROVED"]')]
    .map((section) => section.dataset.draftId));
  let polling = null;

  function fixBody(form) {
    const body = { debtor: { address: { lines: [] } } };
    form.querySelectorAll('input, select, textarea').forEach((input) => {
      const path = input.name.split('.');
      const value = input.value.trim();
      let target = body;
      path.slice(0, -1).forEach((part) => { target = target[part] = target[part] || {}; });
      const last = path[path.length - 1];
      if (last === 'lines') target.lines = value ? value.split('\n').map((line) => line.trim()).filter(Boolean) : [];
      else target[last] = value === '' ? null : value;
    });
    return body;
  }

  function renderDraft(draft) {
    const id = draft.draftId;
    const section = document.getElementById('review-' + id);
    section.dataset.status = draft.status;
    const badge = document.getElementById('status-' + id);
    badge.textContent = draft.statusLabel;
    badge.dataset.status = draft.status;
    badge.className = 'badge ' + (draft.status === 'READY' ? 'ok' : 'warn');
    const violations = document.getElementById('violations-' + id);
    violations.replaceChildren(...draft.violations.map((v) => el('li', { 'data-field': v.field, 'data-code': v.code, text: QboBridge.issueText(v) })));
    const warnings = document.getElementById('warnings-' + id);
    warnings.replaceChildren(...draft.warnings.map((w) => el('li', { 'data-field': w.field, text: QboBridge.issueText(w) })));
    const approve = document.getElementById('approve-' + id);
    approve.disabled = draft.status !== 'READY';
    approve.checked = draft.status === 'READY';
  }

  document.querySelectorAll('.fix-form').forEach((form) => form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = form.dataset.draftId;
    const result = document.getElementById('fix-result-' + id);
    result.textContent = 'Checking…';
    try {
      const draft = await api('PUT', '/api/imports/' + importId + '/drafts/' + id, fixBody(form));
      renderDraft(draft);
      result.textContent = draft.status === 'READY' ? 'Ready: it can become a case now.' : 'Still needs attention.';
      result.dataset.status = draft.status;
    } catch (error) {
      const fields = (error.problem.errors || []).map((e) => QboBridge.fieldLabel(e.field) + ' ' + e.message).join('; ');
      result.textContent = fields || error.message;
      result.dataset.status = 'ERROR';
    }
  }));

  function outcome(entry) {
    switch (entry.fate) {
      case 'CASE_CREATED': return 'Case created: ' + entry.caseId;
      case 'DUPLICATE': return 'Already a case: ' + (entry.caseId || entry.detail);
      case 'APPROVED': return 'Waiting for case-service…';
      case 'NEEDS_ATTENTION': return 'Not created: ' + (detailText(entry.detail) || 'needs attention');
      default: return entry.fateLabel + (entry.detail ? ': ' + detailText(entry.detail) : '');
    }
  }

  async function pollOutcomes() {
    const report = await api('GET', '/api/imports/' + importId + '/report');
    const byDraft = new Map(report.filter((r) => r.draftId).map((r) => [r.draftId, r]));
    const body = document.getElementById('outcomes-body');
    let pending = 0;
    body.replaceChildren(...[...submitted].map((id) => {
      const entry = byDraft.get(id);
      const fate = entry ? entry.fate : 'APPROVED';
      if (fate === 'APPROVED') pending++;
      return el('tr', { id: 'outcome-' + id, 'data-testid': 'outcome-row', dataset: { outcome: fate, caseId: entry && entry.caseId ? entry.caseId : '' } }, [
        el('td', { text: entry ? (entry.invoiceNumber || entry.invoiceId) : id }),
        el('td', { text: entry ? outcome(entry) : 'Waiting for case-service…' })
      ]);
    }));
    document.getElementById('outcomes-section').hidden = submitted.size === 0;
    document.getElementById('outcomes-done').hidden = pending > 0;
    if (pending === 0 && polling) { clearInterval(polling); polling = null; }
  }

  function startPolling() {
    if (polling) return;
    pollOutcomes().catch(() => {});
    polling = setInterval(() => pollOutcomes().catch(() => {}), 1000);
  }

  const create = document.getElementById('create-cases');
  if (create) create.addEventListener('click', async () => {
    const ids = [...document.querySelectorAll('.approve-draft:checked:not(:disabled)')].map((box) => box.value);
    const error = document.getElementById('review-error');
    show(error, '');
    if (ids.length === 0) { show(error, 'Choose at least one ready draft.'); return; }
    create.disabled = true;
    try {
      await api('POST', '/api/imports/' + importId + '/approvals', { draftIds: ids });
      ids.forEach((id) => {
        submitted.add(id);
        const box = document.getElementById('approve-' + id);
        box.disabled = true;
        document.getElementById('fix-form-' + id).querySelectorAll('input, select, textarea, button').forEach((node) => { node.disabled = true; });
        document.getElementById('review-' + id).dataset.status = 'APPROVED';
      });
      startPolling();
    } catch (failure) {
      const refusals = (failure.problem.refusals || []).map((r) => detailText(r.reason)).join(' ');
      show(error, failure.message + (refusals ? ' ' + refusals : ''));
    } finally {
      create.disabled = false;
    }
  });

  if (submitted.size > 0) startPolling();
})();
