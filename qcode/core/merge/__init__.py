"""Merging another project file (a coder's copy) into this one: the plan
(:mod:`.plan`), each part of the project (documents with re-anchoring, codes,
codings, pseudonyms), the report, and :func:`.project.merge_project`."""
