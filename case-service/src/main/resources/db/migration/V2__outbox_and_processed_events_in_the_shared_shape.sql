-- The outbox and processed_events tables are the messaging backbone's now (pipeline-messaging, R__pipeline_messaging.sql):
-- the same shape in every service database. This moves case-service's older tables into that shape, keeping their rows,
-- so events waiting at the upgrade are still published and approvals already handled are still recognised.

-- The entity an event is about is the aggregate; for case.created it is still the case.
ALTER TABLE outbox RENAME COLUMN case_id TO aggregate_id;
ALTER TABLE outbox
    ALTER COLUMN event_type TYPE varchar(100),
    ALTER COLUMN topic TYPE varchar(249),
    ALTER COLUMN message_key TYPE varchar(200),
    ALTER COLUMN created_at SET DEFAULT now();
-- The backbone's unique index on the event id has this name; the old unique constraint becomes it.
ALTER TABLE outbox RENAME CONSTRAINT outbox_event_id_key TO outbox_event_id;

-- Every id recorded so far is an approval's.
ALTER TABLE processed_events ADD COLUMN event_type varchar(100);
UPDATE processed_events SET event_type = 'CaseDraftApproved';
ALTER TABLE processed_events ALTER COLUMN event_type SET NOT NULL;
