# sanitize.cmake — included by the top-level CMakeLists.txt when SL_SANITIZE=ON (never for
# wasm). Every target is built with AddressSanitizer + UndefinedBehaviorSanitizer, UB is
# fatal; with clang the libraries are instrumented for libFuzzer (fuzzer-no-link) and
# sl_add_fuzz_targets() adds one executable per tests/fuzz/fuzz_*.cpp.
set(SL_SAN_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(SL_FUZZING ON)
  list(APPEND SL_SAN_FLAGS -fsanitize=fuzzer-no-link)
endif()
add_compile_options(${SL_SAN_FLAGS})
add_link_options(-fsanitize=address,undefined)
add_compile_definitions(SL_SANITIZE=1)

function(sl_add_fuzz_targets)
  if(NOT SL_FUZZING)
    message(STATUS "SL_SANITIZE without clang: no libFuzzer targets")
    return()
  endif()
  file(GLOB fuzz_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
  foreach(src ${fuzz_sources})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR})
    target_link_libraries(${name} PRIVATE stridelab_modules)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
endfunction()
