-- A connect flow is completed by import-service for the browser that started it (GH-15): the callback only records
-- Intuit's answer here, and import-service confirms it with the binding it set in that browser.
alter table oauth_authorization_requests
    add column code     text,
    add column realm_id varchar(40);
