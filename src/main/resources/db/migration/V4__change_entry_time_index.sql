-- "Recently changed" reads the newest history entries first and stops early.
create index ix_change_entry_changed_at on change_entry (changed_at);
create index ix_action_owner_organisation on action (owner_organisation_id);
