package dev.donmai.providers.git;

class InMemoryPoolIndexTest extends PoolIndexContract {

    @Override
    PoolIndex newIndex() {
        return new InMemoryPoolIndex();
    }
}
