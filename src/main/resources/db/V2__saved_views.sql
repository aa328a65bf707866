-- Diplomap schema 2: saved views, whose order is the briefing.
-- Positions run 0, 1, 2... without gaps; the store rewrites them in the transaction that changes the order.
-- They are not declared UNIQUE: the store rewrites them one view at a time, which would break it midway.
-- No query compares a view's date, so only its text is kept.
CREATE TABLE saved_views (
    name                     VARCHAR PRIMARY KEY,
    position                 INT NOT NULL CHECK (position >= 0),
    date_text                VARCHAR(10) NOT NULL,
    hide_states_without_ties BOOLEAN NOT NULL,
    focus_code               VARCHAR,
    layout_kind              VARCHAR(16) NOT NULL CHECK (layout_kind IN ('network', 'geographic')),
    zoom                     DOUBLE PRECISION NOT NULL CHECK (zoom > 0),
    centre_x                 DOUBLE PRECISION NOT NULL,
    centre_y                 DOUBLE PRECISION NOT NULL,
    CONSTRAINT saved_views_focus FOREIGN KEY (focus_code) REFERENCES states (code)
);

-- The tie types a view hides, one row each.
CREATE TABLE saved_view_hidden_types (
    view_name VARCHAR NOT NULL,
    tie_type  VARCHAR(16) NOT NULL CHECK (tie_type IN ('recognition', 'ambassador', 'engagement')),
    CONSTRAINT saved_view_hidden_types_pk PRIMARY KEY (view_name, tie_type),
    CONSTRAINT saved_view_hidden_types_view FOREIGN KEY (view_name) REFERENCES saved_views (name) ON DELETE CASCADE
);
