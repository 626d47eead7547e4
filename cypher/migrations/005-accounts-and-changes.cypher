// Accounts, API tokens and sessions (SPEC "Accounts and roles"); the history of changes (SPEC "Editing").
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_name_key IF NOT EXISTS FOR (n:User) REQUIRE n.nameKey IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT app_secret_id IF NOT EXISTS FOR (n:AppSecret) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (n:Change) ON (n.seq);
CREATE CONSTRAINT change_record_key IF NOT EXISTS FOR (n:ChangeRecord) REQUIRE n.key IS UNIQUE;
