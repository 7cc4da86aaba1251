package dev.reclaim.workflow.device;

/** A simulated device's scenario as the front ends show it. */
public record ScenarioSummary(String name, String summary, String firmware) {
}
