# The service's image: a JRE 17, a user of its own, the jar. Build the jar first:
#   mvn -B -q package -DskipTests && docker build -t threatmodel-bot:0.1.0 .
# (Without Docker: mvn -B -q package jib:build -DskipTests -Djib.to.image=registry.example.com/threatmodel-bot:0.1.0)
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 threatmodel \
 && useradd --system --uid 10001 --gid threatmodel --home-dir /app --shell /usr/sbin/nologin threatmodel \
 && mkdir -p /app/data /var/cache/threatmodel-bot \
 && chown -R 10001:10001 /app /var/cache/threatmodel-bot

WORKDIR /app
COPY --chown=10001:10001 target/threatmodel-bot.jar /app/threatmodel-bot.jar

# Sized by bench/memory-budget.sh for a 512 MiB container (the chart's javaOpts are the same).
ENV JAVA_OPTS="-XX:MaxRAMPercentage=45 -XX:MaxDirectMemorySize=32m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp" \
    NATIVE_LIB_DIR=/var/cache/threatmodel-bot \
    LOG_FORMAT=json \
    PORT=3000

USER 10001:10001
EXPOSE 3000
VOLUME ["/app/data", "/var/cache/threatmodel-bot", "/tmp"]
# JAVA_OPTS rather than JAVA_TOOL_OPTIONS: the JVM announces the latter on stderr, a line that is not JSON
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/threatmodel-bot.jar"]
