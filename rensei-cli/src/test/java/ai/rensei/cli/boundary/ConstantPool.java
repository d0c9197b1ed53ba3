package ai.rensei.cli.boundary;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal class-file reader: the {@code CONSTANT_Utf8} entries of the constant pool (JVMS §4.4), which hold every
 * string literal, class, member and descriptor name a class file carries. Used by B3 to scan compiled constants.
 */
final class ConstantPool {

    private static final int MAGIC = 0xCAFEBABE;

    private ConstantPool() {
    }

    /** The {@code CONSTANT_Utf8} strings of {@code classFile}, in pool order. */
    static List<String> utf8Strings(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (bad magic)");
        }
        in.readUnsignedShort(); // minor_version
        in.readUnsignedShort(); // major_version
        int count = in.readUnsignedShort();
        List<String> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> strings.add(in.readUTF()); // Utf8: u2 length + modified UTF-8, exactly readUTF's format
                case 3, 4 -> in.skipNBytes(4); // Integer, Float
                case 5, 6 -> { // Long, Double take two slots
                    in.skipNBytes(8);
                    index++;
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
                case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // refs, NameAndType, Dynamic, InvokeDynamic
                case 15 -> in.skipNBytes(3); // MethodHandle
                default -> throw new IOException("unknown constant pool tag " + tag + " at index " + index);
            }
        }
        return strings;
    }
}
