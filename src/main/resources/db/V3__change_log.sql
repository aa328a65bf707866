-- Diplomap schema 3: the change log behind undo and redo.
-- One row per edit made in the window, in the order made (id). The edit itself is kept as JSON text in the
-- fields of the dataset file: each state, tie and event before and after. Undo applies it backwards and marks
-- the row undone; redo applies it again and clears the mark; a new edit after undos deletes the undone rows.
-- An import empties the log, as the edits before it may no longer apply to what it stored.
CREATE TABLE change_log (
    id          BIGINT PRIMARY KEY,
    made_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    description VARCHAR NOT NULL,
    change_json VARCHAR NOT NULL,
    undone      BOOLEAN NOT NULL DEFAULT FALSE,
    undone_at   TIMESTAMP WITH TIME ZONE
);
