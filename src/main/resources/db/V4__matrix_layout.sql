-- Diplomap schema 4: a saved view may show the matrix layout.
-- The check on layout_kind was declared without a name, so the table is made again with the new check.
ALTER TABLE saved_view_hidden_types DROP CONSTRAINT saved_view_hidden_types_view;
CREATE TABLE saved_views_4 (
    name                     VARCHAR PRIMARY KEY,
    position                 INT NOT NULL CHECK (position >= 0),
    date_text                VARCHAR(10) NOT NULL,
    hide_states_without_ties BOOLEAN NOT NULL,
    focus_code               VARCHAR,
    layout_kind              VARCHAR(16) NOT NULL CHECK (layout_kind IN ('network', 'geographic', 'matrix')),
    zoom                     DOUBLE PRECISION NOT NULL CHECK (zoom > 0),
    centre_x                 DOUBLE PRECISION NOT NULL,
    centre_y                 DOUBLE PRECISION NOT NULL
);
INSERT INTO saved_views_4 (name, position, date_text, hide_states_without_ties, focus_code, layout_kind, zoom,
                           centre_x, centre_y)
    SELECT name, position, date_text, hide_states_without_ties, focus_code, layout_kind, zoom, centre_x, centre_y
    FROM saved_views;
DROP TABLE saved_views;
ALTER TABLE saved_views_4 RENAME TO saved_views;
ALTER TABLE saved_views ADD CONSTRAINT saved_views_focus FOREIGN KEY (focus_code) REFERENCES states (code);
ALTER TABLE saved_view_hidden_types ADD CONSTRAINT saved_view_hidden_types_view
    FOREIGN KEY (view_name) REFERENCES saved_views (name) ON DELETE CASCADE;
