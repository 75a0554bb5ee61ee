# Production image: build with the Maven wrapper, run on a JRE as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests && cp target/unionaid-*.jar /src/app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 unionaid && mkdir -p /var/lib/unionaid && chown unionaid /var/lib/unionaid
USER unionaid
WORKDIR /app
COPY --from=build /src/app.jar app.jar
ENV SPRING_PROFILES_ACTIVE=prod \
    UNIONAID_DATA_DIR=/var/lib/unionaid \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
