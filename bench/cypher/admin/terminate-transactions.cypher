// admin/terminate-transactions($ids: [String]): stops these transactions.
TERMINATE TRANSACTIONS $ids
