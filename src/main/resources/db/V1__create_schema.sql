-- Diplomap schema 1.
-- A partial date is kept twice: its text ("1997", "2023-09", "2025-07-03") keeps the precision it was
-- written with, its first day serves comparisons and indexes.
-- END, KEY, VALUE, FROM, TO and similar words are reserved in H2, hence the prefixed column names.

-- One row: whether anything was ever stored, and the title of the last dataset imported with one.
CREATE TABLE store_info (
    id          INT PRIMARY KEY CHECK (id = 1),
    initialised BOOLEAN NOT NULL,
    title       VARCHAR
);
INSERT INTO store_info (id, initialised, title) VALUES (1, FALSE, NULL);

CREATE TABLE states (
    code       VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    start_text VARCHAR(10),
    start_day  DATE,
    end_text   VARCHAR(10),
    end_day    DATE,
    CHECK ((start_text IS NULL) = (start_day IS NULL)),
    CHECK ((end_text IS NULL) = (end_day IS NULL))
);

-- A tie is named by its pair, type and start: importing the same again replaces it. That name is kept in one
-- column, tie_key ("RUS>AFG:recognition@2025-07-03"), as a primary key over five columns made imports
-- twice as slow. The start's text fixes its first day, so the text alone tells starts apart.
CREATE TABLE ties (
    tie_key     VARCHAR PRIMARY KEY,
    from_code   VARCHAR NOT NULL,
    to_code     VARCHAR NOT NULL,
    tie_type    VARCHAR(16) NOT NULL CHECK (tie_type IN ('recognition', 'ambassador', 'engagement')),
    start_day   DATE NOT NULL,
    start_text  VARCHAR(10) NOT NULL,
    end_text    VARCHAR(10),
    end_day     DATE,
    description VARCHAR,
    source      VARCHAR,
    confidence  VARCHAR(8) NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    CONSTRAINT ties_from_state FOREIGN KEY (from_code) REFERENCES states (code),
    CONSTRAINT ties_to_state FOREIGN KEY (to_code) REFERENCES states (code),
    CHECK ((end_text IS NULL) = (end_day IS NULL))
);
-- For the plain "active on D" query: start_day <= D AND (end_day IS NULL OR end_day > D).
CREATE INDEX ties_start_day ON ties (start_day);
CREATE INDEX ties_end_day ON ties (end_day);

-- An event is named by its date and title: importing the same again replaces it.
CREATE TABLE events (
    date_day    DATE NOT NULL,
    date_text   VARCHAR(10) NOT NULL,
    title       VARCHAR NOT NULL,
    description VARCHAR,
    source      VARCHAR,
    CONSTRAINT events_pk PRIMARY KEY (date_day, date_text, title)
);

-- The states an event concerns, in the order they were listed.
CREATE TABLE event_states (
    date_day   DATE NOT NULL,
    date_text  VARCHAR(10) NOT NULL,
    title      VARCHAR NOT NULL,
    position   INT NOT NULL,
    state_code VARCHAR NOT NULL,
    CONSTRAINT event_states_pk PRIMARY KEY (date_day, date_text, title, position),
    CONSTRAINT event_states_event FOREIGN KEY (date_day, date_text, title)
        REFERENCES events (date_day, date_text, title) ON DELETE CASCADE,
    CONSTRAINT event_states_state FOREIGN KEY (state_code) REFERENCES states (code)
);
