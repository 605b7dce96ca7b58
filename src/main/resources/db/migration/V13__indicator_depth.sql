-- Indicators the way programmes measure them (issue 15): how values add up, milestones, breakdowns by category,
-- a forecast kept with the indicator, the original target once it changed, and the owner's confidence.

-- LEVEL: the latest value counts; PERIOD_SUM: values are counts per period and add up; RATE_AVERAGE: a share or
-- rate, averaged; RATE_LATEST: a share or rate, the latest value counts. latest_value now holds the current value
-- by that rule (for LEVEL, as before, the latest measurement).
alter table indicator add column aggregation varchar(20) default 'LEVEL' not null;
-- NONE, ORGANISATION or LIST; the categories are in indicator_category
alter table indicator add column breakdown varchar(20) default 'NONE' not null;
-- where the current pace leads by the target date (null: too few values); kept with the indicator so the nightly
-- traffic lights and the dashboards need no measurement query
alter table indicator add column forecast_value numeric(19, 4);
alter table indicator add column forecast_points integer;
-- the target as first agreed, set when the target or its date change for the first time
alter table indicator add column original_target_value numeric(19, 4);
alter table indicator add column original_target_date date;

create table indicator_milestone (
    indicator_id  bigint         not null references indicator (id),
    due_on        date           not null,
    target_value  numeric(19, 4) not null,
    primary key (indicator_id, due_on)
);

create table indicator_category (
    indicator_id  bigint       not null references indicator (id),
    position      integer      not null,
    name          varchar(200) not null,
    primary key (indicator_id, position)
);

create table measurement_category_value (
    measurement_id  bigint         not null references measurement (id),
    category        varchar(200)   not null,
    category_value  numeric(19, 4) not null,
    primary key (measurement_id, category)
);

-- HIGH, MEDIUM or LOW: how confident the owner is of reaching the goal, with each progress update and the latest
-- one with the action (for dashboards and the report); never part of the traffic light
alter table progress_update add column confidence varchar(10);
alter table action add column confidence varchar(10);
