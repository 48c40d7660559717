"""claimex's spaCy components, one module a stage: paragraphs -> quotes -> speakers -> claims -> links."""
