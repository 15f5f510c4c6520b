-- One database per subgraph (each owns its data); run once by the postgres image on first start.
CREATE DATABASE catalog OWNER gamelibrary;
CREATE DATABASE users OWNER gamelibrary;
CREATE DATABASE scoreboard OWNER gamelibrary;
CREATE DATABASE recommendations OWNER gamelibrary;
