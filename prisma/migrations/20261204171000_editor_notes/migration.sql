-- Editors' working notes, kept apart from the public note (issue 14): the public pages, the API
-- and the exports select `note` only.
ALTER TABLE "Source" ADD COLUMN "editorNote" TEXT;
