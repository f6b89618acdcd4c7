INSERT INTO source (code, url, title, publisher, published_on)
VALUES ('plain-http-page', 'http://www.nhs.uk/conditions/example/', 'Example', 'NHS', DATE '2026-01-01');
