package dev.threatmodelbot.adapter.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one data flow a sentence that names no part speaks of by its details: "The MLLP listener on port 6661
 * uses no TLS" is about the flow the text laid out as "LIS → Integration Engine: HL7 over MLLP, TCP port
 * 6661". A port number or a protocol named in the sentence and in exactly one flow's words picks that flow.
 */
final class FlowDetails {
    private static final Pattern PORT = Pattern.compile("(?i)\\bport\\s+(\\d{2,5})\\b|:(\\d{2,5})\\b");
    private static final Pattern PROTOCOL = Pattern.compile("\\b(?:MLLP|AMQPS?|MQTT|SFTP|FTPS?|JDBC|ODBC|gRPC|HL7|ASTM|DICOM"
            + "|SMTP|IMAP|LDAPS?|SNMP|Syslog|syslog|RTSP|SIP|Modbus|OPC[- ]UA|NFS|SMB|RDP|SSH|Kafka protocol|WebSockets?)\\b");

    private FlowDetails() {}

    /** Whether the sentence names a port or a protocol a flow could be laid out with. */
    static boolean names(Sentence s) {
        return !details(s.analysed()).isEmpty();
    }

    /** The flow whose words share a port or a protocol with the sentence, when exactly one does. */
    static Optional<String> only(Sentence s, Map<String, String> flowWords) {
        Set<String> details = details(s.analysed());
        if (details.isEmpty()) {
            return Optional.empty();
        }
        List<String> matching = flowWords.entrySet().stream()
                .filter(e -> details.stream().anyMatch(details(e.getValue())::contains)).map(Map.Entry::getKey).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static Set<String> details(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher port = PORT.matcher(text);
        while (port.find()) {
            found.add("port " + (port.group(1) != null ? port.group(1) : port.group(2)));
        }
        Matcher protocol = PROTOCOL.matcher(text);
        while (protocol.find()) {
            found.add(protocol.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
