# The app image for docker-compose.yml; Neo4j runs in its own container.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY app.py settings.py serve.py ./
COPY schema ./schema
COPY resolvers ./resolvers
COPY graphdb ./graphdb
COPY cypher ./cypher
RUN pip install --no-cache-dir -e .
EXPOSE 8000
CMD ["sh", "-c", "python -m graphdb migrate && python -m graphdb sample --if-empty --no-progress && exec python -m serve"]
