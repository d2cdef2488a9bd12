-- The drafts table is read a page at a time, in invoice order and by status ("all ready", the filters), so those
-- reads walk an index instead of sorting every draft of a large import.
create index drafts_by_import_sequence on drafts (import_id, sequence, draft_id);
create index drafts_by_import_status_sequence on drafts (import_id, status, sequence, draft_id);
