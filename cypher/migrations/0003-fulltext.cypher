// 0003-fulltext: one full-text index over names, titles and quotations, for `search`.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Person|Country|Organization|Meeting|Quote|Article|Topic)
ON EACH [n.name, n.title, n.text, n.label, n.aliasText];
