package dev.threatmodelbot.adapter.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Optional;

/**
 * The langchain4j chat model for a provider. Temperature 0 (the same passage reads the same way),
 * a timeout per call, and the client's own retries for 429 and 5xx.
 */
final class ChatModels {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final int RETRIES = 1;

    private ChatModels() {}

    static ChatModel of(String provider, Optional<String> model, Optional<String> apiKey, Optional<String> baseUrl,
            Duration timeout) {
        switch (provider) {
            case "openai": {
                OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder().apiKey(apiKey.orElse(""))
                        .modelName(model.orElse("gpt-4o-mini")).temperature(0.0).timeout(timeout)
                        .maxRetries(RETRIES);
                baseUrl.ifPresent(b::baseUrl);
                return b.build();
            }
            case "azure-openai":
                return AzureOpenAiChatModel.builder().endpoint(baseUrl.orElseThrow()).apiKey(apiKey.orElse(""))
                        .deploymentName(model.orElse("gpt-4o-mini")).temperature(0.0).timeout(timeout)
                        .maxRetries(RETRIES).build();
            case "anthropic": {
                AnthropicChatModel.AnthropicChatModelBuilder b = AnthropicChatModel.builder()
                        .apiKey(apiKey.orElse("")).modelName(model.orElse("claude-3-5-haiku-latest"))
                        .temperature(0.0).timeout(timeout).maxRetries(RETRIES);
                baseUrl.ifPresent(b::baseUrl);
                return b.build();
            }
            case "gemini": {
                GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder b = GoogleAiGeminiChatModel.builder()
                        .maxRetries(RETRIES).apiKey(apiKey.orElse("")).modelName(model.orElse("gemini-2.0-flash"))
                        .temperature(0.0).timeout(timeout);
                baseUrl.ifPresent(b::baseUrl);
                return b.build();
            }
            case "ollama":
                return OllamaChatModel.builder().maxRetries(RETRIES).baseUrl(baseUrl.orElse("http://localhost:11434"))
                        .modelName(model.orElse("llama3.1")).temperature(0.0).timeout(timeout).build();
            default:
                throw new IllegalArgumentException("unknown LLM provider " + provider);
        }
    }
}
