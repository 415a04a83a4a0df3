// ping(): answers when the database serves reads.
RETURN 1 AS ok
