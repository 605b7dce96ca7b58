-- When an action was set to done, so dashboards can count "done in the last 90 days".
alter table action add column done_at timestamp;
create index ix_action_status_deadline on action (status, deadline);
