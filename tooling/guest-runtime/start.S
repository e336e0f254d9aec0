// Guest entry and EL1 exception vectors. Entered at EL1h, MMU off, x0 = device tree address.
    .section .text.start, "ax"
    .global _start
_start:
    mov     x19, x0                     // keep the device tree address for main
    ldr     x1, =__stack_top
    mov     sp, x1
    adr     x1, vectors
    msr     vbar_el1, x1
    mov     x1, #(3 << 20)              // CPACR_EL1.FPEN = 0b11: FP/SIMD without traps
    msr     cpacr_el1, x1
    isb
    ldr     x1, =__bss_start
    ldr     x2, =__bss_end
1:  cmp     x1, x2
    b.hs    2f
    str     xzr, [x1], #8
    b       1b
2:  mov     x0, x19
    bl      guest_main
    bl      psci_system_off
3:  wfi
    b       3b

// Each vector saves the caller-saved registers, calls guest_exception(kind, frame), restores
// them (the handler may change ELR in the frame to skip the faulting instruction) and ERETs.
    .macro VECTOR kind
    .balign 0x80
    sub     sp, sp, #(8 * 24)
    stp     x0, x1, [sp, #0]
    mov     x0, #\kind
    b       exception_common
    .endm

    .balign 0x800
vectors:
    VECTOR 0
    VECTOR 1
    VECTOR 2
    VECTOR 3
    VECTOR 4
    VECTOR 5
    VECTOR 6
    VECTOR 7
    VECTOR 8
    VECTOR 9
    VECTOR 10
    VECTOR 11
    VECTOR 12
    VECTOR 13
    VECTOR 14
    VECTOR 15

exception_common:
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x6, x7, [sp, #48]
    stp     x8, x9, [sp, #64]
    stp     x10, x11, [sp, #80]
    stp     x12, x13, [sp, #96]
    stp     x14, x15, [sp, #112]
    stp     x16, x17, [sp, #128]
    stp     x18, x30, [sp, #144]
    mrs     x2, elr_el1
    mrs     x3, spsr_el1
    stp     x2, x3, [sp, #160]
    mov     x1, sp
    bl      guest_exception
    ldp     x2, x3, [sp, #160]
    msr     elr_el1, x2
    msr     spsr_el1, x3
    ldp     x0, x1, [sp, #0]
    ldp     x2, x3, [sp, #16]
    ldp     x4, x5, [sp, #32]
    ldp     x6, x7, [sp, #48]
    ldp     x8, x9, [sp, #64]
    ldp     x10, x11, [sp, #80]
    ldp     x12, x13, [sp, #96]
    ldp     x14, x15, [sp, #112]
    ldp     x16, x17, [sp, #128]
    ldp     x18, x30, [sp, #144]
    add     sp, sp, #(8 * 24)
    eret
