-- User names are stored normalised (security.Usernames: trimmed, NFKC, case-folded) and looked up exactly.
-- Names could only be letters, digits, dot, dash and underscore, and were unique without case, so lower-casing
-- the existing ones is their normal form and cannot collide.
update user_account set username = lower(trim(username));

-- A generated password (first administrator, reset by an administrator) must be changed at the next sign-in.
alter table user_account add column must_change_password boolean default false not null;
