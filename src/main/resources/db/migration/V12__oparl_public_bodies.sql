-- OParl (issue 14): a body's secretariat publishes it ("öffentlich"); a person agrees to show their e-mail there;
-- a membership entered by mistake is removed softly, so that OParl clients learn of it as "deleted".
alter table body add column oparl_public boolean default false not null;
alter table person add column email_public boolean default false not null;
alter table membership add column removed_at timestamp;
