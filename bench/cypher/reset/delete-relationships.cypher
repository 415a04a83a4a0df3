// reset/delete-relationships(): every relationship, 10,000 per transaction. Emptying a loaded
// tier with admin/delete-all alone fails at 100k (MemoryPoolOutOfMemoryError): its first
// batches DETACH DELETE the countries, whose relationships are a large share of the graph,
// in one transaction. Without relationships, delete-all deletes bare nodes.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
