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
# A class-data archive of the classes a start loads, written by a training run of the console on a
# scratch database: a start with it spends far less CPU loading classes (README, "Restart with
# pending timers"). A JVM that cannot use it (another build of Java) starts without it.
RUN printf '/incident declare Training start --sev 3\n/incident log warming up\n/incident rollout start\n/incident list\n' \
      | AIIR_DB_URL=jdbc:sqlite:/tmp/training.db \
        java -XX:ArchiveClassesAtExit=/app/aiir-bot.jsa -jar /app/aiir-bot.jar console > /dev/null \
    && rm -f /tmp/training.db*
USER aiir
VOLUME ["/data"]
ENV AIIR_DB_URL=jdbc:sqlite:/data/aiir.db \
    PORT=3000
EXPOSE 3000
# JVM warnings go to standard error: standard output carries only what commands print.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/aiir-bot.jsa", "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", "/app/aiir-bot.jar"]
CMD ["serve"]
