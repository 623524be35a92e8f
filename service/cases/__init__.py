"""The case desk: intake, the encrypted store, near-duplicates and campaigns, review, decisions, audit."""
