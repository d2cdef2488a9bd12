// One import's page: live progress over Server-Sent Events, the drafts table (sort, filter, select) and the report.
(function () {
  'use strict';
  const { api, el, show, detailText } = window.QboBridge;
  const page = document.getElementById('import-page');
  if (!page) return;
  const importId = page.dataset.importId;
  const selected = new Set();
  // The table shows one page; the server filters, sorts and pages, so a large import is never loaded whole.
  const pageSize = 50;
  let drafts = [];
  let draftsPage = { page: 0, totalPages: 0, totalElements: 0, counts: { all: 0 } };
  let pageNumber = 0;
  let sort = { key: 'sequence', direction: 1 };
  let draftsRequest = 0;
  let lastState = null;
  let refreshTimer = null;
  let refreshDue = 0;

  function renderProgress(job) {
    const state = document.getElementById('import-state');
    state.textContent = job.stateLabel;
    state.dataset.state = job.state;
    const bar = document.getElementById('import-progress');
    bar.setAttribute('aria-valuenow', job.percent);
    bar.dataset.percent = job.percent;
    document.getElementById('import-progress-fill').style.width = job.percent + '%';
    document.getElementById('import-progress-label').textContent = job.percent + ' %';
    const total = job.totalInvoices !== null && job.totalInvoices !== undefined ? ' of ' + job.totalInvoices : '';
    document.getElementById('import-counts').textContent = job.invoicesFetched + total + ' invoices fetched, '
      + job.invoicesReported + ' checked';
    const failure = document.getElementById('import-failure');
    failure.hidden = !job.failure;
    if (job.failure) {
      document.getElementById('import-failure-message').textContent = job.failure.message;
      document.getElementById('import-failure-action').textContent = job.failure.actionLabel;
      document.getElementById('import-failure-action').dataset.action = job.failure.action;
      document.getElementById('import-failure-detail').textContent = job.failure.detail || '';
      document.getElementById('reconnect-link').hidden = !['RECONNECT', 'GRANT_PERMISSION', 'CONNECT'].includes(job.failure.action);
    }
    document.getElementById('discard-import').hidden = job.state === 'DISCARDED';
    // A state change reloads the table at once; while drafts keep arriving it reloads at most every few seconds.
    if (job.state !== lastState) scheduleRefresh(300);
    else if (job.state === 'READY') scheduleRefresh(1000);
    else if (job.state === 'FETCHING' || job.state === 'MAPPING') scheduleRefresh(4000);
    lastState = job.state;
  }

  function scheduleRefresh(delay) {
    const due = Date.now() + delay;
    if (refreshTimer && refreshDue <= due) return;
    clearTimeout(refreshTimer);
    refreshDue = due;
    refreshTimer = setTimeout(() => { refreshTimer = null; loadDrafts(); loadReport(); }, delay);
  }

  function renderDrafts() {
    const body = document.getElementById('drafts-body');
    body.replaceChildren();
    drafts.forEach((d) => {
      const status = d.status === 'READY' ? 'ready' : d.status === 'NEEDS_ATTENTION' ? 'needs-attention' : 'approved';
      const box = el('input', { type: 'checkbox', id: 'select-' + d.draftId, class: 'draft-select',
        value: d.draftId, disabled: d.status !== 'READY', 'aria-label': 'Select invoice ' + (d.invoiceNumber || d.invoiceId) });
      box.checked = selected.has(d.draftId);
      box.addEventListener('change', () => { box.checked ? selected.add(d.draftId) : selected.delete(d.draftId); updateSelection(); });
      const statusCell = el('td', { 'data-testid': 'draft-status' }, [el('span', { class: 'badge ' + (status === 'ready' ? 'ok' : 'warn'), text: d.statusLabel })]);
      if (d.violations.length) {
        statusCell.append(el('ul', { class: 'reasons', 'data-testid': 'draft-reasons' },
          d.violations.map((v) => el('li', { 'data-field': v.field, text: QboBridge.issueText(v) }))));
        statusCell.append(el('a', { id: 'fix-' + d.draftId, href: '/imports/' + importId + '/review?draft=' + d.draftId, text: 'Fix' }));
      }
      body.append(el('tr', { 'data-testid': 'draft-row', dataset: { draftId: d.draftId, status: status } }, [
        el('td', {}, [box]),
        el('td', { 'data-testid': 'draft-invoice', text: d.invoiceNumber || d.invoiceId }),
        el('td', { 'data-testid': 'draft-debtor', text: d.debtorName || '' }),
        el('td', { 'data-testid': 'draft-amount', class: 'number', text: (d.amount !== null ? d.amount : '') + ' ' + (d.currency || '') }),
        el('td', { 'data-testid': 'draft-due-date', text: d.dueDate || '' }),
        el('td', { 'data-testid': 'draft-days-overdue', class: 'number', text: String(d.daysOverdue) }),
        statusCell
      ]));
    });
    document.getElementById('drafts-empty').hidden = draftsPage.counts.all > 0;
    const pages = Math.max(1, draftsPage.totalPages);
    document.getElementById('drafts-page-info').textContent = 'Page ' + (draftsPage.page + 1) + ' of ' + pages
      + ' (' + draftsPage.totalElements + ' invoices)';
    document.getElementById('drafts-prev').disabled = draftsPage.page <= 0;
    document.getElementById('drafts-next').disabled = draftsPage.page + 1 >= draftsPage.totalPages;
    updateSelection();
  }

  function updateSelection() {
    // Selections on other pages stay; a draft seen on this page that is no longer ready cannot stay selected.
    drafts.filter((d) => d.status !== 'READY').forEach((d) => selected.delete(d.draftId));
    document.getElementById('selected-count').textContent = selected.size + ' selected';
    document.getElementById('review-selected').disabled = selected.size === 0;
  }

  async function loadDrafts() {
    try {
      const request = ++draftsRequest;
      const query = new URLSearchParams({
        status: document.getElementById('draft-filter').value,
        sort: sort.key,
        direction: sort.direction > 0 ? 'asc' : 'desc',
        page: String(pageNumber),
        size: String(pageSize)
      });
      const answer = await api('GET', '/api/imports/' + importId + '/drafts?' + query);
      if (request !== draftsRequest) return;
      if (answer.totalPages > 0 && pageNumber >= answer.totalPages) {
        // Drafts became cases or were fixed away from the filter: show the last page that still exists.
        pageNumber = answer.totalPages - 1;
        loadDrafts();
        return;
      }
      draftsPage = answer;
      drafts = answer.content;
      renderDrafts();
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  }

  async function loadReport() {
    try {
      const report = await api('GET', '/api/imports/' + importId + '/report');
      const body = document.getElementById('report-body');
      body.replaceChildren(...report.map((r) => el('tr', { 'data-testid': 'report-row', dataset: { invoiceId: r.invoiceId, fate: r.fate } }, [
        el('td', { text: String(r.sequence) }),
        el('td', { text: r.invoiceNumber || r.invoiceId }),
        el('td', { text: r.fateLabel }),
        el('td', { text: detailText(r.detail) })
      ])));
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  }

  function connect() {
    const source = new EventSource('/api/imports/' + importId + '/events');
    source.addEventListener('progress', (event) => {
      const job = JSON.parse(event.data);
      renderProgress(job);
      if (job.state === 'FAILED' || job.state === 'DISCARDED') source.close();
    });
  }

  document.getElementById('draft-filter').addEventListener('change', () => { pageNumber = 0; loadDrafts(); });
  document.querySelectorAll('[data-sort]').forEach((button) => button.addEventListener('click', () => {
    const key = button.dataset.sort;
    sort = { key: key, direction: sort.key === key ? -sort.direction : 1 };
    pageNumber = 0;
    loadDrafts();
  }));
  document.getElementById('drafts-prev').addEventListener('click', () => {
    if (pageNumber > 0) { pageNumber--; loadDrafts(); }
  });
  document.getElementById('drafts-next').addEventListener('click', () => {
    if (pageNumber + 1 < draftsPage.totalPages) { pageNumber++; loadDrafts(); }
  });
  document.getElementById('select-all-ready').addEventListener('click', async () => {
    // Every ready draft of the import, on every page, not just the rows shown.
    try {
      const ids = await api('GET', '/api/imports/' + importId + '/drafts/ids?status=ready');
      ids.forEach((id) => selected.add(id));
      renderDrafts();
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  });
  document.getElementById('clear-selection').addEventListener('click', () => { selected.clear(); renderDrafts(); });
  document.getElementById('review-selected').addEventListener('click', () => {
    const path = '/imports/' + importId + '/review';
    if (selected.size <= 100) {
      const query = [...selected].map((id) => 'draft=' + encodeURIComponent(id)).join('&');
      window.location.assign(path + '?' + query);
      return;
    }
    // Thousands of ids do not fit in a URL: post them as a form instead.
    const form = el('form', { method: 'post', action: path, hidden: true });
    const token = document.querySelector('meta[name="_csrf"]');
    if (token) form.append(el('input', { type: 'hidden', name: '_csrf', value: token.content }));
    selected.forEach((id) => form.append(el('input', { type: 'hidden', name: 'draft', value: id })));
    document.body.append(form);
    form.submit();
  });
  document.getElementById('retry-import').addEventListener('click', async () => {
    try {
      const retry = await api('POST', '/api/imports/' + importId + '/retry');
      window.location.assign('/imports/' + retry.importId);
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  });
  document.getElementById('discard-import').addEventListener('click', async () => {
    try {
      renderProgress(await api('POST', '/api/imports/' + importId + '/discard'));
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  });

  connect();
  QboBridge.labelsLoaded.then(() => { loadDrafts(); loadReport(); });
})();
