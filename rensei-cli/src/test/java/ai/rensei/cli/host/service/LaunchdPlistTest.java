package ai.rensei.cli.host.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchdPlistTest {

    @Test
    void plistHasTheSpecifiedKeys() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RENSEI_HOME", "/Users/ada/.rensei");
        env.put("JAVA_HOME", "/Library/Java/Home");
        String plist = LaunchdPlist.render(new ServiceDefinition(
                Path.of("/opt/homebrew/Cellar/rensei/0.1.0/bin/rensei"), Optional.empty(), env, Optional.empty()),
                Path.of("/Users/ada/Library/Logs/rensei"));

        assertThat(plist).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>dev.rensei.daemon</string>
                  <key>ProgramArguments</key>
                  <array>
                    <string>/opt/homebrew/Cellar/rensei/0.1.0/bin/rensei</string>
                    <string>host</string>
                    <string>run</string>
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                  <key>KeepAlive</key>
                  <dict>
                    <key>SuccessfulExit</key>
                    <false/>
                  </dict>
                  <key>ThrottleInterval</key>
                  <integer>5</integer>
                  <key>StandardOutPath</key>
                  <string>/Users/ada/Library/Logs/rensei/daemon-out.log</string>
                  <key>StandardErrorPath</key>
                  <string>/Users/ada/Library/Logs/rensei/daemon-error.log</string>
                  <key>EnvironmentVariables</key>
                  <dict>
                    <key>RENSEI_HOME</key>
                    <string>/Users/ada/.rensei</string>
                    <key>JAVA_HOME</key>
                    <string>/Library/Java/Home</string>
                  </dict>
                </dict>
                </plist>
                """);
    }

    @Test
    void noEnvironmentMeansNoEnvironmentDictAndArgumentsReadBack() {
        ServiceDefinition definition = new ServiceDefinition(Path.of("/Applications/R & D/rensei"),
                Optional.of(Path.of("/Users/ada/<cfg>.yaml")), Map.of(), Optional.empty());
        String plist = LaunchdPlist.render(definition, Path.of("/tmp/logs"));

        assertThat(plist).doesNotContain("EnvironmentVariables")
                .contains("<string>/Applications/R &amp; D/rensei</string>");
        assertThat(InstalledService.programArguments(plist)).isEqualTo(definition.command());
    }
}
