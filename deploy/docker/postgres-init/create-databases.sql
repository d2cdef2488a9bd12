-- Run once by the postgres image on an empty data volume: one database per service that owns data
-- (see CONTRIBUTING.md). Each service migrates its own schema with Flyway when it starts.
CREATE DATABASE connector;
CREATE DATABASE cases;
CREATE DATABASE imports;
