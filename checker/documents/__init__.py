"""Plan documents → a draft plan (``checker extract``).

One module per reader (:mod:`.text` for plain text and Markdown, :mod:`.word`, :mod:`.pdf`,
:mod:`.web`), each giving a :class:`~checker.documents.model.Document` of paragraphs and tables that
keep their lines; :mod:`.tables` finds the indicator tables, :mod:`.sentences` the body sentences that
set targets, :mod:`.draft` writes the plan YAML. The meaning of every phrase comes from the grammar
(:mod:`checker.language.grammar`); what it cannot read is kept with a ``review:`` note.
"""
