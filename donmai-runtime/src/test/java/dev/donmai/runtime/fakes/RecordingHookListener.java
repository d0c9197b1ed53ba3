package dev.donmai.runtime.fakes;

import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.runtime.spi.ProviderHookListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every hook event for assertions. */
public final class RecordingHookListener implements ProviderHookListener {

    private final List<ProviderHookEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ProviderHookEvent event) {
        events.add(event);
    }

    public List<ProviderHookEvent> events() {
        return List.copyOf(events);
    }

    public <E extends ProviderHookEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
