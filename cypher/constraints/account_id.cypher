// constraints/account_id: every Account has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE
