-- At most one open status round per body, enforced by the database so that two concurrent starts cannot both
-- succeed: open_body_id equals body_id while the round is open and is null once it is closed (many nulls are
-- allowed in a unique column on H2 and PostgreSQL alike).
alter table status_round add column open_body_id bigint;
update status_round set open_body_id = body_id where state = 'OPEN';
alter table status_round add constraint uq_status_round_open_body unique (open_body_id);
