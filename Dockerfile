# The diplograph API. It talks to the Neo4j of docker-compose.yml (NEO4J_URI is set), so
# the image needs neither Java nor Maven.
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
COPY docs/queries ./docs/queries
COPY tsconfig.json ./
EXPOSE 4000
USER node
CMD ["node", "bin/diplograph.js", "serve"]
