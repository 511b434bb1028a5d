# syntax=docker/dockerfile:1
# Build stage: the same Maven build as the README's.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

# Run stage: a JRE only, as a non-root user, with the SQLite file on a volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /home/aiir --uid 10001 aiir \
    && mkdir -p /data && chown aiir /data
COPY --from=build /src/bot/target/aiir-bot.jar /app/aiir-bot.jar
USER aiir
VOLUME ["/data"]
ENV AIIR_DB_URL=jdbc:sqlite:/data/aiir.db \
    PORT=3000
EXPOSE 3000
ENTRYPOINT ["java", "-jar", "/app/aiir-bot.jar"]
CMD ["serve"]
